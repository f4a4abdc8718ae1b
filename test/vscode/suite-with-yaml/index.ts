/** The suite run beside a stand-in for the Red Hat YAML extension (see yaml-coexistence.test.ts). */
export { run } from '../suite/index';
