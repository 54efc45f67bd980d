import { MySession } from '@/components/session/my-session';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'My Session' };

export default function MySessionPage() {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">My Session</h1>
      <MySession />
    </>
  );
}
