import { useQuery } from '@apollo/client/react';
import { HomeStatsDocument } from '../gql/graphql';

export const useHomeStats = () => useQuery(HomeStatsDocument);
