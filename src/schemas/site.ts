import { z } from 'astro/zod';

/** The site-wide settings in content/site.yaml: who runs the site and how to reach them. */
export const SiteConfigSchema = z.object({
  name: z.string().min(2),
  /** Short name for narrow screens and the browser tab. */
  shortName: z.string().min(2),
  description: z.string().min(10),
  /** 主办单位 shown in the header and footer of every page. */
  organizer: z.string().min(2),
  /** Shown after the organiser's name in the footer while its official name awaits confirmation. */
  organizerNote: z.string().min(2).optional(),
  contact: z.object({
    address: z.string().min(2),
    phone: z.string().min(2),
    hours: z.string().min(2),
  }),
  /** 备案 text (ICP and 公安 filings) exactly as it should read. */
  filing: z.string().min(2),
  /**
   * 网站标识码: the ten-character code a government website is given when it is registered (政府网站发展指引),
   * shown in the footer. Absent until the organiser has it; the launch check (npm run check:launch) asks for it.
   */
  siteCode: z
    // Unquoted, YAML reads a code of digits as a number and would drop a leading 0.
    .string({ error: '网站标识码要加引号，写成 siteCode: "××××××××××"' })
    .regex(/^[0-9A-Za-z]{10}$/, '网站标识码是 10 位数字或字母')
    .optional(),
  /**
   * Where to report a security problem (security.txt's Contact): a mailto:, https: or tel: URI.
   * Without it, security.txt points at the about page, whose footer gives the contact details.
   */
  securityContact: z
    .string()
    .regex(/^(mailto|https|tel):\S+$/, 'a mailto:, https: or tel: URI')
    .optional(),
  /** True while the contact and filing details are placeholders awaiting the organiser. */
  contactIsPlaceholder: z.boolean().default(false),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;
