/** Commit, file-history and repository paths derived from handbook.yaml `editBaseUrl`. */
import { describe, expect, it } from 'vitest';
import {
	commitUrl,
	fileHistoryUrl,
	parseEditBaseUrl,
	repoFilePath,
} from '../../../src/lib/site/chrome/git-links.ts';

const HASH = '3f2c1ab9d0e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4';

describe('parseEditBaseUrl', () => {
	it('understands GitLab, GitHub and Gitea edit links', () => {
		expect(parseEditBaseUrl('https://git.example/org/sub/handbuch/-/edit/main/')).toEqual({
			host: 'gitlab',
			repo: 'https://git.example/org/sub/handbuch',
			ref: 'main',
		});
		expect(parseEditBaseUrl('https://github.com/org/handbook/edit/main/')).toEqual({
			host: 'github',
			repo: 'https://github.com/org/handbook',
			ref: 'main',
		});
		expect(parseEditBaseUrl('https://code.example/org/handbook/_edit/main/')).toEqual({
			host: 'gitea',
			repo: 'https://code.example/org/handbook',
			ref: 'main',
		});
	});

	it('accepts blob links, a missing trailing slash and branch names with slashes', () => {
		expect(parseEditBaseUrl('https://github.com/org/handbook/blob/release/2026')).toEqual({
			host: 'github',
			repo: 'https://github.com/org/handbook',
			ref: 'release/2026',
		});
		expect(parseEditBaseUrl('https://git.example/org/repo/-/blob/main')?.host).toBe('gitlab');
	});

	it('gives nothing for unknown shapes rather than a guess', () => {
		for (const url of [
			undefined,
			'',
			'not a url',
			'ftp://git.example/org/repo/-/edit/main/',
			'https://git.example/org/repo/',
			'https://bitbucket.org/ws/repo/src/main/',
			'https://git.example/org/repo/-/edit/main/?ref=x',
			'https://git.example/a/b/c/edit/main/', // three segments without GitLab's /-/
		])
			expect(parseEditBaseUrl(url), String(url)).toBeUndefined();
	});
});

describe('commitUrl', () => {
	it('derives the commit page for each host', () => {
		expect(
			commitUrl('https://git.rohrwerk.example/kommunikation/handbuch/-/edit/main/', HASH),
		).toBe(`https://git.rohrwerk.example/kommunikation/handbuch/-/commit/${HASH}`);
		expect(commitUrl('https://github.com/org/handbook/edit/main/', HASH)).toBe(
			`https://github.com/org/handbook/commit/${HASH}`,
		);
		expect(commitUrl('https://code.example/org/handbook/_edit/main/', HASH)).toBe(
			`https://code.example/org/handbook/commit/${HASH}`,
		);
	});

	it('gives no link without a base URL or for something that is not a hash', () => {
		expect(commitUrl(undefined, HASH)).toBeUndefined();
		expect(commitUrl('https://example.com/nothing/', HASH)).toBeUndefined();
		expect(commitUrl('https://github.com/org/handbook/edit/main/', '../x')).toBeUndefined();
	});
});

describe('fileHistoryUrl', () => {
	it('links the file’s commits on the edit branch, path segments encoded', () => {
		expect(
			fileHistoryUrl('https://git.example/org/repo/-/edit/main/', 'content/guidelines/a b.mdx'),
		).toBe('https://git.example/org/repo/-/commits/main/content/guidelines/a%20b.mdx');
		expect(fileHistoryUrl('https://github.com/org/repo/edit/main/', 'guidelines/a.mdx')).toBe(
			'https://github.com/org/repo/commits/main/guidelines/a.mdx',
		);
		expect(fileHistoryUrl('https://code.example/o/r/_edit/dev/', 'guidelines/a.mdx')).toBe(
			'https://code.example/o/r/commits/branch/dev/guidelines/a.mdx',
		);
	});

	it('gives nothing for unknown paths or paths that climb out', () => {
		expect(fileHistoryUrl('https://github.com/o/r/edit/main/', undefined)).toBeUndefined();
		expect(fileHistoryUrl('https://github.com/o/r/edit/main/', '../x/a.mdx')).toBeUndefined();
		expect(fileHistoryUrl(undefined, 'a.mdx')).toBeUndefined();
	});
});

describe('repoFilePath', () => {
	it('joins the content folder’s place in the repository with the file path', () => {
		expect(repoFilePath('content', 'guidelines/a.mdx')).toBe('content/guidelines/a.mdx');
		expect(repoFilePath('handbuch/content/', 'guidelines/a.mdx')).toBe(
			'handbuch/content/guidelines/a.mdx',
		);
		expect(repoFilePath('', 'guidelines/a.mdx')).toBe('guidelines/a.mdx');
		expect(repoFilePath(null, 'guidelines/a.mdx')).toBeUndefined();
	});
});
