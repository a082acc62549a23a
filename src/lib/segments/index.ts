// The segment compiler's public surface: definitions in, validation problems, SQL and summaries out.
export * from './definition';
export { segmentLabel } from './label';
export * from './data-model';
export { describeLocation, type Problem, type ProblemPath } from './problems';
export * from './operators';
export * from './dates';
export * from './paths';
export { validateSegment, validateGroup, type ValidateOptions } from './validate';
export * from './dependencies';
export {
	compileSegment,
	compileGroup,
	type CompileOptions,
	type CompileResult,
	type GroupCompileResult,
	type GroupSql,
	type SegmentSql
} from './compile';
export {
	DIALECTS,
	duckdbDialect,
	postgresDialect,
	type Dialect,
	type DialectName
} from './dialect';
export {
	splitPartSql,
	splitBucketSql,
	splitProblems,
	describeSplit,
	defaultSplit,
	SPLIT_BUCKETS
} from './split';
export {
	summarizeSegment,
	summarizeGroup,
	summarizeCondition,
	summarizeSequence,
	summarizeLifecycle
} from './summary';
export {
	parseDefinition,
	migrate,
	migrations,
	MAX_DEFINITION_DEPTH,
	type Migration,
	type ParseResult
} from './parse';
