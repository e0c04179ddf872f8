import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
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
  /**
   * Cost budget: every field costs 1, multiplied by the page sizes of the lists above it: a list's
   * literal `first`, the maximum (100) for a variable, its default page size when `first` is left out.
   */
  maxCost: number;
}

/**
 * Defaults: depth 10, 30 aliases, cost 25,000 (100 search hits with 100 fields each still fit).
 * @example validationRules: queryLimitRules(DEFAULT_QUERY_LIMITS)
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 25_000 };

const MAX_LIST_SIZE = 100;
/** What paginated fields return when `first` is left out and the schema gives no default. */
const DEFAULT_LIST_SIZE = 20;

function refuse(context: ValidationContext, message: string, extensions: Record<string, unknown>): void {
  context.reportError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } }));
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  seen: Set<string>;
  out: { depth: number; aliases: number; cost: number };
}

/** Walks an operation through its fragments, measuring depth, aliases and cost; `parent` is the type the selections are on. */
function measure(selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, multiplier: number, walk: Walk): void {
  const { out, fragments, seen, schema } = walk;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      if (selection.alias) out.aliases++;
      out.depth = Math.max(out.depth, depth);
      out.cost += multiplier;
      if (selection.selectionSet) {
        const definition = fieldOf(parent, selection.name.value);
        const size = listSize(selection, definition);
        measure(selection.selectionSet, definition ? getNamedType(definition.type) : null, depth + 1, multiplier * size, walk);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      measure(selection.selectionSet, type, depth, multiplier, walk);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql itself
      seen.add(name);
      measure(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, multiplier, walk);
      seen.delete(name);
    }
  }
}

function fieldOf(type: GraphQLNamedType | null | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
}

/**
 * Page size of a paginated field (one with a `first` argument): its literal `first`, the maximum for a
 * variable (validation is cached per document), and the field's default page size when `first` is left
 * out — a list without `first` still returns a full default page.
 */
function listSize(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (first?.value.kind === Kind.INT) return clamp(Number(first.value.value));
  if (first?.value.kind === Kind.VARIABLE) return MAX_LIST_SIZE;
  const declared = definition?.args.find((a) => a.name === 'first');
  if (!declared) return first ? MAX_LIST_SIZE : 1;
  return clamp(typeof declared.defaultValue === 'number' ? declared.defaultValue : DEFAULT_LIST_SIZE);
}

const clamp = (size: number) => Math.min(Math.max(size, 1), MAX_LIST_SIZE);

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
        const schema = context.getSchema();
        const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        measure(operation.selectionSet, root, 1, 1, { schema, fragments, seen: new Set(), out });
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
