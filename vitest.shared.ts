import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * Every package's test project: sibling packages resolve to their `src/` through the
 * `@report/source` export condition, so tests never run against a stale `dist`.
 */
export function packageProject(name: string, extra: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    resolve: { conditions: ['@report/source'] },
    ssr: { resolve: { conditions: ['@report/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      ...extra,
    },
  });
}
