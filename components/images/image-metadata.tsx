// The image's custom properties as a table of keys and values (shown as text).
import { imageProperties, type ImageRow } from './image-row';

export function ImageMetadata({ image }: { image: ImageRow }) {
  const entries = Object.entries(imageProperties(image));
  if (entries.length === 0) return <p className="p-4 text-sm text-muted">No metadata.</p>;
  return (
    <table className="w-full text-sm" aria-label="Metadata">
      <thead>
        <tr className="border-b border-line text-left text-muted">
          <th className="px-3 py-1.5 font-medium">Key</th>
          <th className="px-3 py-1.5 font-medium">Value</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key} className="border-b border-line last:border-0">
            <td className="px-3 py-1.5 font-mono text-xs break-all">{key}</td>
            <td className="px-3 py-1.5 break-all">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
