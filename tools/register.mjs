// `node --import ./tools/register.mjs file.ts`: run TypeScript sources without a build step.
import { register } from 'node:module';
import 'reflect-metadata';

register('./ts-loader.mjs', import.meta.url);
