/** Team definition: roles, members, coverage, time budgets and RACI. Written as YAML. */
import { z } from 'zod';
import { coverageSchema } from './coverage.ts';
import {
	commonFields,
	email,
	memberRef,
	roleRef,
	slug,
	vocab,
	withDocumentChecks,
} from './common.ts';

/** Kinds of role. Eligibility rules and the deputy rule depend on them. */
export const ROLE_CATEGORIES = [
	'social-media-manager',
	'deputy',
	'community-manager',
	'contributor',
	'support-contact',
	'freelancer',
	'agency',
	'spokesperson',
	'approver',
	'legal',
	'dpo',
	'works-council',
	'crisis-lead',
	'head-of-communications',
	'management',
	'other',
] as const;

/** A business phone number: digits with spaces, brackets, slashes or dashes, optionally starting with +. */
function phoneNumber() {
	return z.string().regex(/^\+?[0-9][0-9 ()/-]{5,30}[0-9]$/, {
		error: 'must be a phone number such as +49 30 1234 5670',
	});
}

/** Time a role spends on one activity. */
export const timeBudgetSchema = z.strictObject({
	/** The activity, e.g. `monitoring`, `distribution`, `dialogue`, `content-creation`, `networking` (built-in) or one added under `vocabulary.activities` in handbook.yaml. */
	activity: vocab('activities'),
	/** Minutes spent per `per` period, e.g. `15`. */
	minutes: z.int().positive(),
	/** Whether `minutes` are per working day or per week. */
	per: z.enum(['day', 'week']),
});

/** A role in the team. Role ids are global: documents refer to them as owners, approvers and contacts. */
export const roleSchema = z.strictObject({
	/** Id of the role, unique across all team files, e.g. `social-media-manager`. */
	id: slug(),
	/** Display name of the role, e.g. `Social-Media-Managerin`. */
	name: z.string().trim().min(2).max(80),
	/** Kind of role. */
	category: z.enum(ROLE_CATEGORIES),
	/** What the role is responsible for; at least one point. */
	responsibilities: z.array(z.string().trim().min(5)).min(1),
	/** Shared role mailbox on one of the company's domains (`company.mailDomains` in handbook.yaml), never a personal or private address (TEAM-006). */
	mailbox: email().optional(),
	/** Business phone line of the role (a team line or switchboard, never a private or mobile number of a person), e.g. `+49 30 1234 5670`. Crisis pages show it as a number to tap. Besides an external party's `phone`, the only place a phone number may appear in a team file (TEAM-006). */
	businessPhone: phoneNumber().optional(),
	/** Role that stands in for every holder of this role, e.g. `community-manager`: a deputy per role, instead of or besides `deputyOf` on members. */
	deputy: roleRef().optional(),
	/** Whether the role may approve documents and crisis statements. */
	canApprove: z.boolean().optional(),
	/** Time the role spends per activity. */
	timeBudget: z.array(timeBudgetSchema).optional(),
});

/** Kinds of employment. Interns and working students cannot hold roles that decide. */
export const EMPLOYMENTS = [
	'employee',
	'freelancer',
	'agency',
	'external',
	'intern',
	'working-student',
	'trainee',
] as const;

/** A person in the team. */
export const memberSchema = z.strictObject({
	/** Id of the person, unique across all team files, e.g. `anna-berger`. */
	id: slug(),
	/** Name as shown in the handbook. */
	name: z.string().trim().min(2).max(80),
	/** Ids of the roles this person holds. */
	roles: z.array(roleRef()).min(1),
	/** Kind of employment. */
	employment: z.enum(EMPLOYMENTS),
	/** Id of the member this person stands in for during holidays and sickness. */
	deputyOf: memberRef().optional(),
	/** Hours per week this person has for social media work. */
	weeklyHours: z.number().positive().max(60).optional(),
});

/**
 * An authority or outside contact that crisis playbooks notify or escalate to,
 * e.g. the health office, the fire brigade or an external law firm. Not a role:
 * it can never approve.
 */
export const externalPartySchema = z.strictObject({
	/** Id playbooks use in `notifyExternal`, unique across all team files and different from every role id, e.g. `gesundheitsamt`. */
	id: slug(),
	/** Name of the authority or firm, e.g. `Gesundheitsamt der Stadt`. */
	name: z.string().trim().min(2).max(120),
	/** What it does for us, e.g. `Aufsicht über die Trinkwasserqualität`. */
	function: z.string().trim().min(3).max(200),
	/** How to reach it, in words: which desk, portal or mailbox, and when it is staffed, e.g. `Lagezentrum, rund um die Uhr`. A phone number goes into `phone`. */
	reach: z.string().trim().min(3).max(200),
	/** Official phone line of the authority or firm (a hotline or switchboard, never a private number), e.g. `+49 800 123 456`. Pages show it as a number to tap (TEAM-006 allows numbers here and in a role's `businessPhone` only). */
	phone: phoneNumber().optional(),
	/** When to contact it, e.g. `sobald eine Trinkwasserwarnung erwogen wird`. */
	when: z.string().trim().min(5).max(300),
});

/** One row of the RACI matrix. */
export const raciRowSchema = z.strictObject({
	/** The activity, e.g. `Kampagnenfreigabe`. */
	activity: z.string().trim().min(3),
	/** Role ids mapped to R (responsible), A (accountable), C (consulted), I (informed) or AR (both A and R). Exactly one A per row. */
	roles: z.record(roleRef(), z.enum(['R', 'A', 'C', 'I', 'AR'])),
});

export const teamSchema = withDocumentChecks(
	z.strictObject({
		...commonFields,
		/** Roles defined by this team. */
		roles: z.array(roleSchema).min(1),
		/** People in this team. */
		members: z.array(memberSchema).min(1),
		/** Office hours, what happens outside them, and who is on call when. */
		coverage: coverageSchema,
		/** Authorities and outside contacts this team works with in a crisis; playbooks notify them, they never approve. */
		externalParties: z.array(externalPartySchema).optional(),
		/** Who does what: one row per activity. */
		raci: z.array(raciRowSchema).optional(),
		/** Accounts on the git host that review changes to the documents this team's roles own, e.g. `@beispiel-rohrwerk/kommunikation` or `@anna-berger`. `npm run codeowners` writes them into CODEOWNERS. */
		codeOwners: z
			.array(
				z.string().regex(/^@[A-Za-z0-9][\w.-]*(?:\/[A-Za-z0-9][\w.-]*)?$/, {
					error: 'must be a git host account or team such as @org/team or @user',
				}),
			)
			.min(1)
			.optional(),
	}),
);

export type Team = z.output<typeof teamSchema>;
export type Role = z.output<typeof roleSchema>;
export type Member = z.output<typeof memberSchema>;
export type ExternalParty = z.output<typeof externalPartySchema>;
