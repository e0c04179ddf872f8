import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../auth/request-context.js';
import { queryCounter } from '../database/query-counter.js';
import type { Logger } from '../logging/logger.js';
import { graphqlDuration, graphqlRequests } from './metrics.js';

/** Root field names (bounded by the schema, unlike client-chosen operation names). */
function operationOf(context: GraphQLRequestContext<RequestContext>): string {
  const operation = context.operation as OperationDefinitionNode | undefined;
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections
    .filter((s) => s.kind === Kind.FIELD)
    .map((s) => (s.kind === Kind.FIELD ? s.name.value : ''))
    .sort();
  return fields.length ? `${operation.operation}:${fields.join(',')}`.slice(0, 120) : operation.operation;
}

/** Logs one structured line per GraphQL operation (request id, duration, SQL statements) and feeds the Prometheus metrics. */
export function graphqlObservabilityPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(context) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationOf(context);
          const errors = context.errors ?? [];
          const body = context.response.body;
          const resultErrors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = [...errors.map((e) => e.extensions?.code), ...resultErrors.map((e) => e.extensions?.code)].filter(Boolean) as string[];
          const outcome = codes[0] ?? 'ok';
          graphqlRequests.inc({ operation, outcome });
          graphqlDuration.observe({ operation }, seconds);
          logger.info(
            {
              requestId: context.contextValue?.requestId,
              operation,
              outcome,
              ms: Math.round(seconds * 1000),
              sql: queryCounter.current,
              userId: context.contextValue?.user?.id,
            },
            'graphql',
          );
        },
      };
    },
  };
}
