/**
 * Annex A column names as the regional tools read them (liia-tools Annex_A_schema.yml; Ofsted
 * ILACS Annex A). Lists 3–9 end with the allocated team and worker.
 */
const PERSON = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)'] as const;
const ALLOCATED = ['Allocated Team', 'Allocated Worker'] as const;
const DISABILITY = 'Does the Child have a Disability';

export const ANNEX_A_COLUMNS = {
  'List 1': [...PERSON, 'Date of Contact', 'Contact Source'],
  'List 2': [...PERSON, 'Assessment start date', 'Assessment completion date', 'Organisation completing assessment'],
  'List 3': [...PERSON, 'Date of referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months', ...ALLOCATED],
  'List 4': [
    ...PERSON, DISABILITY, 'Continuous Assessment Start Date', 'Child Seen During Continuous Assessment',
    'Continuous Assessment Date of Authorisation', "Was the child assessed as requiring LA children's social care support?", ...ALLOCATED,
  ],
  'List 5': [
    ...PERSON, DISABILITY, 'Strategy discussion initiating Section 47 Enquiry Start Date',
    'Was an Initial Child Protection Conference deemed unnecessary?', 'Date of Initial Child Protection Conference',
    'Did the Initial Child Protection Conference Result in a Child Protection Plan', 'Number of Section 47 Enquiries in the last 12 months',
    'Number of ICPCs in the last 12 months', ...ALLOCATED,
  ],
  'List 6': [
    ...PERSON, DISABILITY, 'CIN Start Date', 'Primary Need Code', 'Date Child Was Last Seen', 'CIN Closure Date', 'Reason for Closure',
    'Case Status', ...ALLOCATED,
  ],
  'List 7': [
    ...PERSON, DISABILITY, 'Child Protection Plan Start Date', 'Initial Category of Abuse', 'Latest Category of Abuse',
    'Date of the Last Statutory Visit', 'Was the Child Seen Alone?', 'Date of latest review conference', 'Child Protection Plan End Date',
    'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)', 'Number of Previous Child Protection Plans',
    ...ALLOCATED,
  ],
  'List 8': [
    ...PERSON, 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', DISABILITY, 'Date Started to be Looked After',
    "Child's Category of Need", 'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
    'Start date of current legal status', "Child's Legal Status", 'Date of Latest Statutory Review', 'Date of Last Social Work Visit',
    'What is the permanence plan for this child?', 'Date of Last IRO Visit / Contact to the Child', 'Date of Last Health Assessment',
    'Date of Last Dental Check', 'Number of Placements in the Last 12 months', 'Date Ceased to be Looked After', 'Reason Ceased to be Looked After',
    'Start Date of Most Recent Placement', 'Placement Type', 'Placement Provider', 'Placement postcode', 'URN of Placement', 'Placement Location',
    'LA of Placement', "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
    'Was the child offered a Return Interview after their last missing episode (Y/N)?',
    'Did the child accept a Return Interview after their last missing episode (Y/N)?', ...ALLOCATED,
  ],
  'List 9': [
    ...PERSON, 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)', DISABILITY, ...ALLOCATED,
    'Allocated Personal Advisor', 'Eligibility Category', 'Latest Pathway Plan Review Date', 'LA in Touch', 'Latest Date of Contact',
    'Type of Accommodation', 'Suitability of Accommodation', 'Activity Status',
  ],
  'List 10': [
    'Child Unique ID', 'Family identifier', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', DISABILITY,
    'Date the Child Entered Care', 'Date of Decision that Child Should be Placed for Adoption', 'Date of Placement Order',
    'Date of Matching Child and Prospective Adopters', 'Date Placed for Adoption', 'Date of Adoption Order',
    'Date of Decision that Child Should No Longer be Placed for Adoption', 'Reason Why Child No Longer Placed for Adoption',
    'Date the child was placed for fostering in FFA or concurrent planning placement',
  ],
} as const;

export type AnnexAList = keyof typeof ANNEX_A_COLUMNS;
