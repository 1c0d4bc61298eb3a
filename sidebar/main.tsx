/**
 * This file defines the sidebar's entry: it renders the app into #app.
 */
import { render } from 'preact';
import { App } from './app';

const root = document.getElementById('app');
if (root) render(<App />, root);
