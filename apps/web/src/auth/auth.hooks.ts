import { useMutation } from '@apollo/client/react';
import { AcceptInviteDocument, LoginDocument, RegisterDocument, RequestPasswordResetDocument, ResendVerificationDocument, ResetPasswordDocument, VerifyEmailDocument } from '../gql/graphql';

// One hook per operation; the session itself (refresh, sign-out, language) lives in SessionProvider.
// Sign-in and registration send no access token (a stale one must not make them fail).
const anonymous = { context: { anonymous: true } };

export const useLogin = () => useMutation(LoginDocument, anonymous);
export const useRegister = () => useMutation(RegisterDocument, anonymous);
export const useAcceptInvite = () => useMutation(AcceptInviteDocument);
// Mailed links work signed out: the token is the proof.
export const useVerifyEmail = () => useMutation(VerifyEmailDocument, anonymous);
export const useResendVerification = () => useMutation(ResendVerificationDocument);
export const useRequestPasswordReset = () => useMutation(RequestPasswordResetDocument, anonymous);
export const useResetPassword = () => useMutation(ResetPasswordDocument, anonymous);
