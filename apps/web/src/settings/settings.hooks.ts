import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  ChangeEmailDocument,
  ChangeMemberRoleDocument,
  ChangePasswordDocument,
  CreateInviteDocument,
  EndSessionDocument,
  LeaveOrganizationDocument,
  MySessionsDocument,
  NotificationPreferencesDocument,
  OrganizationSettingsDocument,
  RemoveMemberDocument,
  SetNotificationPreferencesDocument,
  TransferOwnershipDocument,
  UpdateOrganizationDocument,
} from '../gql-pages/graphql';

export const useOrganizationSettings = (id: string | null) =>
  useQuery(OrganizationSettingsDocument, id ? { variables: { id }, fetchPolicy: 'cache-and-network' } : skipToken);
const refetchSettings = { refetchQueries: [OrganizationSettingsDocument] };
export const useUpdateOrganization = () => useMutation(UpdateOrganizationDocument, { refetchQueries: [OrganizationSettingsDocument, 'Organization'] });
export const useCreateInvite = () => useMutation(CreateInviteDocument, refetchSettings);
export const useChangeMemberRole = () => useMutation(ChangeMemberRoleDocument, refetchSettings);
export const useRemoveMember = () => useMutation(RemoveMemberDocument, refetchSettings);
export const useTransferOwnership = () => useMutation(TransferOwnershipDocument, refetchSettings);
export const useLeaveOrganization = () => useMutation(LeaveOrganizationDocument);

export const useMySessions = () => useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
export const useEndSession = () => useMutation(EndSessionDocument, { refetchQueries: [MySessionsDocument] });
export const useChangePassword = () => useMutation(ChangePasswordDocument, { refetchQueries: [MySessionsDocument] });
export const useChangeEmail = () => useMutation(ChangeEmailDocument);
export const useNotificationPreferences = () => useQuery(NotificationPreferencesDocument, { fetchPolicy: 'cache-and-network' });
export const useSetNotificationPreferences = () => useMutation(SetNotificationPreferencesDocument);
