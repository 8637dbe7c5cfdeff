import { sumPlannedGrantByProjectAndCategory } from '@mobilis/db/repositories/mobility-repository';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context';

/**
 * Planned grant per project and category, loaded once per sending organisation and request:
 * a list of projects with budgets costs one statement, not one per project.
 */
export const plannedBudgetLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, Map<string, Map<string, number>>>(async (organisationIds) =>
      Promise.all(
        organisationIds.map(async (organisationId) => {
          const byProject = new Map<string, Map<string, number>>();
          for (const row of await sumPlannedGrantByProjectAndCategory(context.db, organisationId)) {
            const categories = byProject.get(row.projectId) ?? new Map<string, number>();
            categories.set(row.category, row.amountCents);
            byProject.set(row.projectId, categories);
          }
          return byProject;
        }),
      ),
    ),
);
