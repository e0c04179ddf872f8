import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { Shell } from './Shell';

/** A page loaded on its first visit (its own chunk), so the home page's first load stays small. */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const HomePage = page(() => import('../home/HomePage'), 'HomePage');
const SearchPage = page(() => import('../search/SearchPage'), 'SearchPage');
const OfferingPage = page(() => import('../offerings/OfferingPage'), 'OfferingPage');
const OrganizationPage = page(() => import('../organization/OrganizationPage'), 'OrganizationPage');
const SignInPage = page(() => import('../auth/SignInPage'), 'SignInPage');
const RegisterPage = page(() => import('../auth/RegisterPage'), 'RegisterPage');
const AcceptInvitePage = page(() => import('../auth/AcceptInvitePage'), 'AcceptInvitePage');
const CreateOrganizationPage = page(() => import('../organization/CreateOrganizationPage'), 'CreateOrganizationPage');
const MyNeedsPage = page(() => import('../needs/MyNeedsPage'), 'MyNeedsPage');
const NeedEditorPage = page(() => import('../needs/NeedEditorPage'), 'NeedEditorPage');
const NeedPage = page(() => import('../needs/NeedPage'), 'NeedPage');
const ContactRequestsPage = page(() => import('../contacts/ContactRequestsPage'), 'ContactRequestsPage');
const NotificationsPage = page(() => import('../notifications/NotificationsPage'), 'NotificationsPage');
const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');
const VerifyEmailPage = page(() => import('../auth/VerifyEmailPage'), 'VerifyEmailPage');
const ForgotPasswordPage = page(() => import('../auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../auth/ResetPasswordPage'), 'ResetPasswordPage');
const ContactRequestLink = page(() => import('../contacts/ContactRequestLink'), 'ContactRequestLink');

/**
 * Every page of the app. Public pages first; private ones sit under RequireAuth (sign-in, then back).
 * Part 2 adds the supplier's, organization and dashboard pages here.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="offerings/:id" element={<OfferingPage />} />
        <Route path="organizations/:id" element={<OrganizationPage />} />
        <Route path="login" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="invites/:code" element={<AcceptInvitePage />} />
        {/* The paths the API's mails link to (libs/notifications/src/mail/mail-links.ts). */}
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route element={<RequireAuth />}>
          <Route path="organization/new" element={<CreateOrganizationPage />} />
          <Route path="needs" element={<MyNeedsPage />} />
          <Route path="needs/new" element={<NeedEditorPage />} />
          <Route path="needs/:id" element={<NeedPage />} />
          <Route path="needs/:id/edit" element={<NeedEditorPage />} />
          <Route path="contact-requests" element={<ContactRequestsPage />} />
          <Route path="contact-requests/:id" element={<ContactRequestLink />} />
          <Route path="notifications" element={<NotificationsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
