import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-muted">The page you asked for does not exist.</p>
      <Link href="/project" className="text-accent hover:underline">
        Go to the dashboard
      </Link>
    </main>
  );
}
