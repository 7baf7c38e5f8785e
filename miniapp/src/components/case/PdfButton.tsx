import { Button } from '@tarojs/components';
import { useState } from 'react';
import { openPdf, type CasePdf } from '../../api';
import { showError } from '../../api/show-error';
import { tc } from '../../case-words';

/**
 * Downloads one of the case's documents as a PDF (WeChat's viewer, or the browser's download),
 * saying "opening…" meanwhile; a failure is shown in words and the button can be tapped again.
 */
export function PdfButton(p: {
  route: CasePdf;
  caseId: string;
  file: string;
  label: string;
  primary?: boolean;
  testId: string;
}) {
  const [opening, setOpening] = useState(false);
  const open = async () => {
    if (opening) return;
    setOpening(true);
    try {
      await openPdf(p.route, p.caseId, p.file);
    } catch (err) {
      showError(err);
    } finally {
      setOpening(false);
    }
  };
  return (
    <Button
      className={`btn ${p.primary ? 'btn-primary' : 'btn-ghost'}`}
      onClick={open}
      disabled={opening}
      data-testid={p.testId}
    >
      {opening ? tc('opening') : `⤓ ${p.label}`}
    </Button>
  );
}
