/**
 * The calendar: England & Wales working days and calendar arithmetic on SimDay for 1990–2100
 * (ARCHITECTURE.md D3; statutory-rules.md §2–3). Everything outside src/calendar imports from here.
 */
export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, CalendarRangeError } from './range.ts';
export { bankHolidays, isBankHoliday } from './bank-holidays.ts';
export { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from './working-days.ts';
export { addDays } from './days.ts';
export { addMonths, addYears } from './months.ts';
export { ageInYears } from './age.ts';
