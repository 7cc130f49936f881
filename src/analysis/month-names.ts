/**
 * The English names of the months, January first: written out the same on every machine, whatever
 * its locale (dates on pages and in labels), and read as calendar words in house style.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
