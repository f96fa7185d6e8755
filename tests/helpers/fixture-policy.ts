/**
 * The fictional second policy in tests/fixtures/ (示例〔2026〕1号, never published): copied into a scratch
 * copy of content/ beside the real plan, exactly where a new policy's files would go.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_POLICY = 'demo-2026-1';
export const FIXTURE_DOC_NUMBER = '示例〔2026〕1号';
/** A day inside the fixture's term (2026-01-01 to 2028-12-31) and after the real plan's, as the build reads SITE_BUILD_DATE. */
export const FIXTURE_BUILD_DATE = '2027-06-01';

/** Adds the fixture policy folder and its rules to a content folder. */
export function addFixturePolicy(contentDir: string): void {
  cpSync('tests/fixtures/policies', join(contentDir, 'policies'), { recursive: true });
  cpSync('tests/fixtures/rules', join(contentDir, 'rules'), { recursive: true });
}
