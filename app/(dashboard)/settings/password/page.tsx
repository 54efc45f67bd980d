import { ChangePassword } from '@/components/settings/change-password';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Change Password' };

export default function ChangePasswordPage() {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Change Password</h1>
      <ChangePassword />
    </>
  );
}
