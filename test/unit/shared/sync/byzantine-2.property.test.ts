import { byzantineHalf } from './byzantine-world';

// The property's runs in two files, so that vitest runs the halves on both cores (see byzantine-world.ts).
byzantineHalf(2);
