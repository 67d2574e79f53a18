import { documentTokens, queryOf, type Query } from '../../../server/matching/concepts'

// What a profile or a challenge is about, read by the shared matching engine (server/matching).

/** Everything a person wrote about their work: field, institution, title, achievements, skills. */
export const profileConcepts = (p: {
  field: string
  institution?: string
  title?: string
  achievements?: string
  skills: string[]
}) => documentTokens([p.field, p.institution ?? '', p.title ?? '', p.achievements ?? ''], p.skills)

/** A challenge's public words: title, summary, skills. */
export const challengeConcepts = (c: { title: string; summary: string; skills: string[] }) =>
  documentTokens([c.title, c.summary], c.skills)

/** What an expert can offer, weighed: listed skills fully, the field and title less, the rest little. */
export const profileQuery = (p: {
  field: string
  institution: string
  title: string
  achievements: string
  skills: string[]
}): Query =>
  queryOf([
    ...p.skills.map((s) => ({ text: s, weight: 1, skill: true })),
    { text: `${p.field} ${p.title}`, weight: 0.6 },
    { text: `${p.institution} ${p.achievements}`, weight: 0.4 },
  ])

/**
 * What a challenge asks for, weighed: a listed skill counts fully, the title nearly so, the
 * summary (which also tells the story around the problem) less.
 */
export const challengeQuery = (c: { title: string; summary: string; skills: string[] }): Query =>
  queryOf([
    ...c.skills.map((s) => ({ text: s, weight: 1, skill: true })),
    { text: c.title, weight: 0.9 },
    { text: c.summary, weight: 0.6 },
  ])
