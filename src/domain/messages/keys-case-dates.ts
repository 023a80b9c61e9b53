/** Message keys of the case's dates (issue 20): what to do on the day, and a short label for timelines. */
export const CASE_DATE_KEYS = [
  'case_date.waiting_period_ends',
  'case_date.waiting_period_ends_entitled',
  'case_date.waiting_period_ends_entitled_no_ba',
  'case_date.waiting_period_ends_should',
  'case_date.document_expires',
  'case_date.notice_deadline',
  'case_date.notice_deadline_known',
  'case_date.notice_overdue',
  'case_date.route_opens_children',
  'case_date.route_opens',
  'case_date_label.waiting_period_ends',
  'case_date_label.document_expires',
  'case_date_label.notice_deadline',
  'case_date_label.notice_overdue',
  'case_date_label.route_opens',
] as const;
