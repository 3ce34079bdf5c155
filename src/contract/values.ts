// The contract's allowed values, without the validation library: the page imports these, the worker the schema.
/** The contract's major version: the published schema is /schema/v1.json. */
export const SCHEMA_VERSION = 1;
/** The `meta.schemaVersion` values this app reads: 1 (1.0) and 1.1, which only adds optional fields and rules. */
export const SUPPORTED_SCHEMA_VERSIONS = [1, 1.1] as const;
export const CURRENT_SCHEMA_VERSION = 1.1;

export const PRODUCT_GROUPS = ['food', 'drinks', 'herbal', 'handicraft', 'ornamental', 'tourism'] as const;
export const SUBJECT_TYPES = ['cooperative', 'enterprise', 'household', 'cooperative-group'] as const;
export const PRODUCT_STATUSES = ['new', 're-recognised', 'upgraded', 'lapsed', 'not-recognised'] as const;
export const NTM_LEVELS = ['none', 'ntm', 'advanced', 'model'] as const;
export const TARGET_AREAS = ['ocop', 'ntm', 'craft-villages'] as const;
export const COMPARISONS = ['atLeast', 'moreThan', 'atMost', 'between'] as const;
export const UNITS = ['count', 'percent'] as const;

export type ProductGroup = (typeof PRODUCT_GROUPS)[number];
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export type NtmLevel = (typeof NTM_LEVELS)[number];
export type TargetArea = (typeof TARGET_AREAS)[number];
export type Comparison = (typeof COMPARISONS)[number];
export type Unit = (typeof UNITS)[number];
