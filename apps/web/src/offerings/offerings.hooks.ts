import { useQuery } from '@apollo/client/react';
import { OfferingDocument } from '../gql/graphql';

export const useOffering = (id: string) => useQuery(OfferingDocument, { variables: { id } });
