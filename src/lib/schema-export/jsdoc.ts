/**
 * Reads field descriptions from the JSDoc comments in `schemas/*.ts`.
 *
 * The comments are the only place descriptions are written, so the export asks
 * the TypeScript compiler for them: a small in-memory file declares
 * `z.input<typeof someSchema>` for every exported schema, and the properties of
 * those types still point at the declarations (with their JSDoc) in the schema
 * files. Walking the types yields one description per field path.
 */
import path from 'node:path';
import ts from 'typescript';
import { formatFieldPath, ITEMS, VALUES, type FieldPath } from './field-path.ts';

/** Descriptions found for one exported schema. */
export interface SchemaDocs {
	/** The JSDoc comment at the top of the file that declares the schema, if any. */
	fileDoc: string | undefined;
	/** JSDoc text per field, keyed by {@link formatFieldPath}, e.g. `items[].legalBasis[].law`. */
	fields: Map<string, string>;
}

/** Name of the in-memory file; it never touches the disk. */
const VIRTUAL_NAME = '__kodex_schema_docs__.ts';

/** Only what is needed to resolve the types; no type checking of libraries, no emit. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.ESNext,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	allowImportingTsExtensions: true,
	lib: ['lib.es2022.d.ts'],
	types: [],
	strict: true,
	skipLibCheck: true,
	noEmit: true,
};

/**
 * Collects the JSDoc descriptions of the schemas exported as `exportNames` from
 * `moduleFile` (e.g. `schemas/index.ts`). Throws when a name is not exported or
 * the schema module does not compile far enough to resolve its types.
 */
export function collectSchemaDocs(
	moduleFile: string,
	exportNames: readonly string[],
): Map<string, SchemaDocs> {
	const moduleAbs = path.resolve(moduleFile);
	const virtualFile = path.join(path.dirname(moduleAbs), VIRTUAL_NAME);
	const specifier = `./${path.basename(moduleAbs)}`;
	const source = [
		`import type { z } from 'zod';`,
		`import type * as M from ${JSON.stringify(specifier)};`,
		...exportNames.map((name, i) => `export type T${i} = z.input<typeof M.${name}>;`),
	].join('\n');

	const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
	const isVirtual = (file: string) => path.resolve(file) === virtualFile;
	const { getSourceFile, fileExists, readFile } = host;
	host.getSourceFile = (file, lang, onError, shouldCreate) =>
		isVirtual(file)
			? ts.createSourceFile(file, source, lang, true)
			: getSourceFile.call(host, file, lang, onError, shouldCreate);
	host.fileExists = (file) => isVirtual(file) || fileExists.call(host, file);
	host.readFile = (file) => (isVirtual(file) ? source : readFile.call(host, file));

	const program = ts.createProgram({ rootNames: [virtualFile], options: COMPILER_OPTIONS, host });
	const checker = program.getTypeChecker();
	const sf = program.getSourceFile(virtualFile);
	if (!sf) throw new Error(`could not load the schema types from ${moduleFile}`);
	const problems = program.getSemanticDiagnostics(sf);
	if (problems.length > 0) {
		const first = ts.flattenDiagnosticMessageText(problems[0]?.messageText, ' ');
		throw new Error(`could not resolve the schema types in ${moduleFile}: ${first}`);
	}

	const moduleSymbol = findModuleSymbol(checker, sf);
	const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
	const aliases = sf.statements.filter(ts.isTypeAliasDeclaration);

	const result = new Map<string, SchemaDocs>();
	exportNames.forEach((name, i) => {
		const alias = aliases.find((a) => a.name.text === `T${i}`);
		if (!alias) return;
		const fields = new Map<string, string>();
		collectFields(checker, checker.getTypeAtLocation(alias.name), [], fields, new Set());
		const exported = exports.find((s) => s.name === name);
		result.set(name, { fileDoc: exported && fileDocOf(checker, exported), fields });
	});
	return result;
}

function findModuleSymbol(checker: ts.TypeChecker, sf: ts.SourceFile): ts.Symbol | undefined {
	for (const statement of sf.statements) {
		if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings) {
			const bindings = statement.importClause.namedBindings;
			if (ts.isNamespaceImport(bindings))
				return checker.getSymbolAtLocation(statement.moduleSpecifier);
		}
	}
	return undefined;
}

/** Walks a type: objects → properties, arrays → elements, unions → members, index signatures → values. */
function collectFields(
	checker: ts.TypeChecker,
	type: ts.Type,
	at: FieldPath,
	out: Map<string, string>,
	stack: Set<ts.Type>,
): void {
	if (stack.has(type)) return;
	stack.add(type);
	try {
		if (type.isUnion()) {
			for (const member of type.types) collectFields(checker, member, at, out, stack);
		} else if (checker.isArrayType(type) || checker.isTupleType(type)) {
			for (const element of checker.getTypeArguments(type as ts.TypeReference)) {
				collectFields(checker, element, [...at, ITEMS], out, stack);
			}
		} else if (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
			for (const prop of checker.getPropertiesOfType(type)) {
				const fieldPath = [...at, prop.name];
				const key = formatFieldPath(fieldPath);
				const doc = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
				if (doc && !out.has(key)) out.set(key, doc);
				collectFields(checker, checker.getTypeOfSymbol(prop), fieldPath, out, stack);
			}
			for (const info of checker.getIndexInfosOfType(type)) {
				collectFields(checker, info.type, [...at, VALUES], out, stack);
			}
		}
	} finally {
		stack.delete(type);
	}
}

/** The `/** … *\/` comment that opens the file declaring `symbol`, as plain text. */
function fileDocOf(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
	const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
	const declaration = target.valueDeclaration ?? target.declarations?.[0];
	if (!declaration) return undefined;
	const text = declaration.getSourceFile().text;
	const first = ts.getLeadingCommentRanges(text, 0)?.[0];
	if (!first || !text.startsWith('/**', first.pos)) return undefined;
	return cleanComment(text.slice(first.pos, first.end));
}

/** Strips `/**`, `*\/` and the leading `*` of each line; joins paragraphs' lines with spaces. */
function cleanComment(comment: string): string {
	return comment
		.replace(/^\/\*\*/, '')
		.replace(/\*\/$/, '')
		.split('\n')
		.map((line) => line.replace(/^\s*\* ?/, '').trim())
		.join('\n')
		.replace(/([^\n])\n(?=[^\n])/g, '$1 ')
		.trim();
}
