/** Adds "（还有 N 天）" after a server-rendered campaign date, counted from today in Beijing time. */
import { countdownText } from '../lib/events/campaigns';
import { toIsoDate } from '../lib/common/dates';

for (const element of document.querySelectorAll<HTMLElement>('[data-countdown]')) {
  const { start, end } = element.dataset;
  if (start && end) element.textContent = countdownText(start, end, toIsoDate(new Date()));
}
