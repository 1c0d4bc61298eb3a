/**
 * This file defines the `google.script.run` shim injected into the real dist/Sidebar.html
 * when the preview serves it. It mirrors the documented client API (withSuccessHandler,
 * withFailureHandler, withUserObject, any server function name) and forwards each call to
 * the preview server, which runs it in the built bundle inside the emulator. Arguments
 * travel as JSON, which rejects what google.script.run rejects (Dates arrive as strings).
 */

/** Returns the shim as a script to inline; it is plain ES2020 with no dependencies. */
export function rpcShimScript(): string {
  return `(function () {
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (answer) {
              if (window.parent && window.parent !== window) window.parent.postMessage({ type: 'mp-ran', fn: name }, '*');
              if (answer.ok) { if (success) success(answer.value, userObject); }
              else {
                var error = new Error(answer.error);
                if (failure) failure(error, userObject); else console.error(error);
              }
            })
            .catch(function (e) { if (failure) failure(e, userObject); else console.error(e); });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: { close: function () {}, editor: { focus: function () {} }, origin: location.origin,
            setHeight: function () {}, setWidth: function () {} }
  };
})();`;
}
