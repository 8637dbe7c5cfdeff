/** English texts of the dashboard on the start page (`org:dashboard.*`). */
export const dashboardEn = {
  statusTitle: 'Mobilities by status',
  statusTotal: 'Mobilities in total: {{total}}',
  statusCount: '{{status}}: {{number}}',
  noMobilities: 'No mobilities yet. They appear here once you plan them in a project.',
  statuses: {
    DRAFT: 'Draft',
    PROPOSED: 'Proposed to host',
    CONFIRMED: 'Confirmed by host',
    DECLINED: 'Declined by host',
    AGREED: 'Learning agreement signed',
    ONGOING: 'Ongoing',
    COMPLETED: 'Completed',
    CLOSED: 'Closed',
    CANCELLED: 'Cancelled',
  },
  budgetTitle: 'Budget by project',
  budgetIntro:
    'Planned is the sum of the grants of a project’s mobilities (drafts and cancelled ones excluded), compared with the amount awarded in the grant agreement.',
  budgetSummary: '{{planned}} planned of {{awarded}} awarded ({{percent}})',
  budgetSummaryNoAward: '{{planned}} planned; no amount awarded yet',
  overBudget: 'Over budget',
  categoryDetails: 'Budget by category',
  noProjects: 'No projects yet',
  noProjectsDescription: 'Register a grant from its agreement to plan mobilities and follow its budget.',
  newProject: 'New project',
  allProjects: 'All projects',
  unavailable: 'The overview of this organisation cannot be shown.',
};

export type DashboardTexts = typeof dashboardEn;
