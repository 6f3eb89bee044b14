import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Today's date in the Netherlands as 'YYYY-MM-DD', whatever the computer's time zone. */
export function todayIso(now: Date = new Date()): string {
  return format(new TZDate(now, 'Europe/Amsterdam'), 'yyyy-MM-dd');
}
