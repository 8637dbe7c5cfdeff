import type { ValidationMessageCode } from '@mobilis/domain/validation/validation-messages';

/**
 * English texts shared by the app's forms (`participant:forms.*`). `validation` translates every
 * code of the domain's VALIDATION_MESSAGES: the same codes come from the browser-side zod check and
 * from the API's `ValidationError.fieldErrors`. (Copied from the organisations app: apps do not
 * import each other.)
 */
export const formsEn = {
  optional: '(optional)',
  cancel: 'Cancel',
  fixFields: 'Please correct the highlighted fields.',
  otherProblems: 'The server also reported:',
  notFound: 'This mobility no longer exists, or it is not yours.',
  stale: 'Your mobility changed in the meantime. It has been reloaded.',
  transitions: {
    REPORT_NOT_OPEN: 'The report opens once your mobility is completed, and you submit it once.',
    NOT_ALLOWED: 'You cannot do this for this mobility.',
    ILLEGAL_TRANSITION: 'This is not possible at this stage of your mobility.',
  },
  validation: {
    REQUIRED: 'This field is required.',
    INVALID_VALUE: 'This value is not valid.',
    UNKNOWN_FIELD: 'This field is not expected.',
    EMAIL_INVALID: 'Enter a valid e-mail address.',
    PASSWORD_REQUIRED: 'Enter your password.',
    PASSWORD_TOO_LONG: 'The password is too long (at most 1024 characters).',
    PASSWORD_TOO_SHORT:
      'Choose a password of at least 10 characters, or leave it empty to sign in with e-mailed links.',
    AMOUNT_INVALID: 'Enter an amount.',
    AMOUNT_NOT_WHOLE_CENTS: 'Amounts are whole euro cents.',
    AMOUNT_NEGATIVE: 'The amount cannot be negative.',
    AMOUNT_TOO_LARGE: 'The amount is too large.',
    NUMBER_INVALID: 'Enter a number.',
    NUMBER_NOT_WHOLE: 'Enter a whole number.',
    NUMBER_TOO_SMALL: 'The number is too small.',
    NUMBER_TOO_LARGE: 'The number is too large.',
    BOOLEAN_INVALID: 'Choose yes or no.',
    TEXT_TOO_LONG: 'The text is too long.',
    DATE_INVALID: 'Enter a date as YYYY-MM-DD.',
    END_BEFORE_START: 'The end date cannot be before the start date.',
    CALL_YEAR_NOT_SUPPORTED: 'Mobilis supports calls from 2021 (the 2021–2027 programme).',
    ACTIVITY_TYPE_UNKNOWN: 'Choose an activity type.',
    COUNTRY_NOT_ELIGIBLE: 'Choose an EU Member State or a country associated to the programme.',
    TRAVEL_BAND_UNKNOWN: 'Choose one of the distance bands.',
    OID_INVALID: 'An OID is the letter E followed by 8 digits, e.g. E10154317.',
    PIC_INVALID: 'A PIC is 9 digits, e.g. 961360405.',
    ERASMUS_CODE_INVALID:
      'An Erasmus code is a country prefix, a city part and a number, e.g. "D  OFFENBU01".',
    PROJECT_CODE_INVALID: 'A project code looks like 2024-1-DE02-KA122-SCH-000123456.',
    PROJECT_ACTION_NOT_SUPPORTED: 'Mobilis manages KA121 and KA122 projects (SCH, VET, ADU) and KA131-HED.',
    PROJECT_CODE_TAKEN: 'A project with this code already exists.',
    TEXT_REQUIRED: 'Fill in this field.',
    NAME_REQUIRED: 'Enter a name.',
    CATEGORY_INVALID: 'Choose staff or learner.',
    EMAIL_TAKEN: 'A participant with this e-mail address already exists.',
    EMAIL_DUPLICATE_IN_FILE: 'This e-mail address appears more than once in the file.',
    ACTIVITY_NOT_IN_ACTION: 'This activity type is not allowed in the project’s action.',
    ACTIVITY_CATEGORY_MISMATCH: 'The activity is for another kind of participant (staff or learner).',
    DURATION_OUT_OF_RANGE: 'The number of activity days is outside what this activity type allows.',
    COURSE_FEES_NOT_APPLICABLE: 'Course fees can only be paid for courses and training.',
    DATES_OUTSIDE_PROJECT: 'The mobility must take place within the project’s dates.',
    HOST_NOT_IN_DIRECTORY: 'Choose a host institution from your directory.',
    HOST_REQUIRED: 'Choose a host institution first.',
    PARTICIPANT_UNKNOWN: 'Choose a participant of your organisation.',
    REASON_REQUIRED: 'Give a reason.',
    COORDINATE_INVALID: 'Enter a latitude between −90 and 90 and a longitude between −180 and 180.',
    ORGANISATION_TYPE_INVALID: 'Choose the kind of organisation.',
    CSV_EMPTY: 'The file has no participant rows.',
    CSV_HEADER_MISSING: 'The header row lacks a required column.',
    CSV_TOO_MANY_ROWS: 'Import at most 2 000 participants at a time.',
  } satisfies Record<ValidationMessageCode, string>,
};

export type FormsTexts = typeof formsEn;
