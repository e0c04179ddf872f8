import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  /** Deepest field nesting, counting from the operation's root fields as 1. */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Cost budget: every field costs 1, multiplied by the page size (`first`) of the lists above it. */
  maxCost: number;
}

/**
 * Defaults: depth 10, 30 aliases, cost 25,000 (100 search hits with 100 fields each still fit).
 * @example validationRules: queryLimitRules(DEFAULT_QUERY_LIMITS)
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 25_000 };

const MAX_LIST_SIZE = 100;

function refuse(context: ValidationContext, message: string, extensions: Record<string, unknown>): void {
  context.reportError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } }));
}

/** Walks an operation through its fragments, measuring depth, aliases and cost. */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
  multiplier: number,
  seen: Set<string>,
  out: { depth: number; aliases: number; cost: number },
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      if (selection.alias) out.aliases++;
      out.depth = Math.max(out.depth, depth);
      out.cost += multiplier;
      if (selection.selectionSet) {
        const size = listSize(selection);
        measure(selection.selectionSet, fragments, depth + 1, multiplier * size, seen, out);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, fragments, depth, multiplier, seen, out);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql itself
      seen.add(name);
      measure(fragment.selectionSet, fragments, depth, multiplier, seen, out);
      seen.delete(name);
    }
  }
}

/** Page size of a paginated field: its literal `first`, the maximum for a variable (validation is cached per document). */
function listSize(field: FieldNode): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.min(Math.max(Number(first.value.value), 1), MAX_LIST_SIZE);
  return MAX_LIST_SIZE;
}

/**
 * Validation rules that refuse over-deep, alias-bomb and over-expensive documents before execution,
 * as BAD_USER_INPUT (HTTP 400), never a 500.
 */
export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  const rule: ValidationRule = (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    let aliases = 0;
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const out = { depth: 0, aliases: 0, cost: 0 };
        measure(operation.selectionSet, fragments, 1, 1, new Set(), out);
        aliases += out.aliases;
        if (out.depth > limits.maxDepth) {
          refuse(context, `The query is nested ${out.depth} levels deep; at most ${limits.maxDepth} are allowed`, { limit: 'depth', max: limits.maxDepth });
        }
        if (aliases > limits.maxAliases) {
          refuse(context, `The query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed`, { limit: 'aliases', max: limits.maxAliases });
        }
        if (out.cost > limits.maxCost) {
          refuse(context, `The query would cost ${out.cost} (fields x page sizes); the budget is ${limits.maxCost}`, { limit: 'cost', max: limits.maxCost, cost: out.cost });
        }
      },
    };
  };
  return [rule];
}
