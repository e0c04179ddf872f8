import { useMutation, useQuery } from '@apollo/client/react';
import { CreateOrganizationDocument, OrganizationDocument, SectorsDocument } from '../gql/graphql';

export const useOrganization = (id: string) => useQuery(OrganizationDocument, { variables: { id } });
export const useSectors = () => useQuery(SectorsDocument, { fetchPolicy: 'cache-first' });
export const useCreateOrganization = () => useMutation(CreateOrganizationDocument);
