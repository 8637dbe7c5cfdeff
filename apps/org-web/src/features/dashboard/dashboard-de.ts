import type { DashboardTexts } from './dashboard-en';

/** German texts of the dashboard on the start page (`org:dashboard.*`). */
export const dashboardDe: DashboardTexts = {
  statusTitle: 'Mobilitäten nach Status',
  statusTotal: 'Mobilitäten insgesamt: {{total}}',
  statusCount: '{{status}}: {{number}}',
  noMobilities: 'Noch keine Mobilitäten. Sie erscheinen hier, sobald Sie sie in einem Projekt planen.',
  statuses: {
    DRAFT: 'Entwurf',
    PROPOSED: 'Der Aufnahmeeinrichtung vorgeschlagen',
    CONFIRMED: 'Von der Aufnahmeeinrichtung bestätigt',
    DECLINED: 'Von der Aufnahmeeinrichtung abgelehnt',
    AGREED: 'Lernvereinbarung unterzeichnet',
    ONGOING: 'Laufend',
    COMPLETED: 'Abgeschlossen',
    CLOSED: 'Geschlossen',
    CANCELLED: 'Storniert',
  },
  budgetTitle: 'Budget nach Projekt',
  budgetIntro:
    'Geplant ist die Summe der Zuschüsse der Mobilitäten eines Projekts (ohne Entwürfe und stornierte), verglichen mit dem in der Finanzhilfevereinbarung bewilligten Betrag.',
  budgetSummary: '{{planned}} geplant von {{awarded}} bewilligt ({{percent}})',
  budgetSummaryNoAward: '{{planned}} geplant; noch kein Betrag bewilligt',
  overBudget: 'Budget überschritten',
  categoryDetails: 'Budget nach Kategorie',
  noProjects: 'Noch keine Projekte',
  noProjectsDescription:
    'Erfassen Sie eine Finanzhilfe aus ihrer Vereinbarung, um Mobilitäten zu planen und das Budget zu verfolgen.',
  newProject: 'Neues Projekt',
  allProjects: 'Alle Projekte',
  unavailable: 'Die Übersicht dieser Organisation kann nicht angezeigt werden.',
};
