/** Files and why each was set apart, in a short scrolling list. */
export function FileReasons({ files, label }: { files: { path: string; reason: string }[]; label: string }) {
  return (
    <ul className="file-reasons" aria-label={label}>
      {files.map((file, index) => (
        // One file may be listed more than once (a note with two missing pictures).
        <li key={`${index}:${file.path}`}>
          <code className="path">{file.path}</code>: {file.reason}
        </li>
      ))}
    </ul>
  )
}
