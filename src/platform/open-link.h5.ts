/** H5: open an outside link (a government service site) in a new tab. */
export function openLink(url: string) {
  window.open(url, '_blank', 'noopener')
}
