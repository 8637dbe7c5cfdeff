import type { TestProjectInlineConfiguration } from 'vitest/config';
export declare function databaseProjects(): TestProjectInlineConfiguration[];
