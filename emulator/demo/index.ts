/**
 * This file defines the public surface of the demo data for the local preview: the seeded
 * sign-ups (as answer maps or raw responses), settings to run them with, and the seeded
 * random source they come from.
 */
export {
  DEMO_FLAWS,
  DEMO_MENTEE_COUNT,
  DEMO_MENTOR_COUNT,
  DEMO_SEED,
  demoAnswers,
  demoProgram,
  demoResponses,
  demoSettings,
} from './demo-answers';
export type { Random } from './prng';
export { createRandom } from './prng';
