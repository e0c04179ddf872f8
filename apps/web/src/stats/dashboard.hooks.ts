import { useQuery } from '@apollo/client/react';
import { CooperationDashboardDocument } from '../gql-pages/graphql';

export const useCooperationDashboard = (range: { from: string | null; to: string | null }) =>
  useQuery(CooperationDashboardDocument, { variables: range, fetchPolicy: 'cache-and-network' });
