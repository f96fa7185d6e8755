/**
 * The words on the 筛选 button of a list page. With filters chosen it says how many, so a phone reader
 * sees that the results below are narrowed without opening the panel (GOV.UK finder pattern).
 */
export function filterToggleLabel(active: number): string {
  return active > 0 ? `筛选（已选 ${active} 项）` : '筛选';
}
