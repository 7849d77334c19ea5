import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { findProjectRoot } from './project-root';

/** Loads the repository's .env, if any, into process.env (variables already set win). */
export function loadEnvFile(): void {
  const file = path.join(findProjectRoot(__dirname), '.env');
  if (fs.existsSync(file)) dotenv.config({ path: file, quiet: true });
}
