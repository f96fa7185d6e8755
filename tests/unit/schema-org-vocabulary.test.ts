import { describe, expect, it } from 'vitest';
import { loadSchemaOrgVocabulary, schemaOrgProblems } from '../helpers/schema-org';

/** The JSON-LD check the site tests run on every page, tried on blocks with known faults. */
describe('checking JSON-LD against the schema.org vocabulary', () => {
  const vocabulary = loadSchemaOrgVocabulary();
  const problems = (node: unknown) => schemaOrgProblems(vocabulary, node);

  it('reads the whole published vocabulary', () => {
    expect(vocabulary.classes.size).toBeGreaterThan(800);
    expect(vocabulary.properties.size).toBeGreaterThan(1400);
    expect(vocabulary.properties.get('inLanguage')?.domains).toContain('Event');
  });

  it('accepts properties schema.org gives a supertype, nested nodes and enumeration URLs', () => {
    const event = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: '讲座',
      inLanguage: 'zh-CN',
      eventStatus: 'https://schema.org/EventRescheduled',
      location: {
        '@type': 'Place',
        name: '馆',
        openingHoursSpecification: [{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday'] }],
      },
    };
    expect(problems(event)).toEqual([]);
    expect(
      problems({ '@type': 'EducationalOrganization', name: '实验室', isAccessibleForFree: true, openingHoursSpecification: [] }),
    ).toEqual([]);
    expect(
      problems({ '@type': 'SearchAction', 'query-input': 'required name=q', target: { '@type': 'EntryPoint', urlTemplate: 'x' } }),
    ).toEqual([]);
  });

  it('rejects a property schema.org does not give the type (inLanguage on a Place or its subtypes)', () => {
    for (const type of ['Place', 'CivicStructure', 'EducationalOrganization'])
      expect(problems({ '@type': type, name: '馆', inLanguage: 'zh-CN' })).toEqual([
        expect.stringMatching(/^\$\.inLanguage: not a property of /),
      ]);
  });

  it('rejects an enumeration value that is not the full URL of a member', () => {
    expect(problems({ '@type': 'Legislation', legislationLegalForce: 'NotInForce' })).toEqual([
      expect.stringContaining('https://schema.org/NotInForce'),
    ]);
    expect(problems({ '@type': 'Legislation', legislationLegalForce: 'https://schema.org/NotInForce' })).toEqual([]);
    expect(problems({ '@type': 'Event', eventStatus: 'https://schema.org/Monday' })).toEqual([
      expect.stringContaining('Monday is not a EventStatusType'),
    ]);
  });

  it('rejects unknown types, unknown properties and nodes without a type, naming where', () => {
    expect(problems({ '@type': 'Venue', name: 'x' })).toEqual(['$: "Venue" is not a schema.org type']);
    expect(problems({ '@type': 'Place', location: { '@type': 'Place', opensAt: '09:00' } })).toEqual([
      expect.stringMatching(/^\$\.location: not a property of Place/),
      '$.location.opensAt: "opensAt" is not a schema.org property',
    ]);
    expect(problems({ '@type': 'Event', organizer: { name: '局' } })).toEqual(['$.organizer: no @type']);
  });
});
