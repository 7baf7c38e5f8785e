import Taro from '@tarojs/taro';
import { Button, Canvas, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { attachSignature, type SignaturePad } from '../../platform/signature';
import { tc } from '../../case-words';

/**
 * The pad under the agreement's text: the worker may write their name with a finger (it goes up
 * as an image with the signature), or leave it empty; "sign" hands over the image's file or null.
 * While `busy` the sign button waits, so one tap is one signature.
 */
export function SignPad({ onSign, busy }: { onSign: (file: string | null) => void; busy: boolean }) {
  const [ready, setReady] = useState(false);
  const pad = useRef<SignaturePad | null>(null);
  useEffect(() => {
    // The canvas exists after this render: attach the pad on the next tick.
    const timer = setTimeout(() => {
      void attachSignature('sig').then((p) => ((pad.current = p), setReady(true)));
      // The pad opens below the text: bring it (and its label) into view on a short phone.
      void Taro.pageScrollTo({ selector: '#sig-label', duration: 0 }).catch(() => undefined);
    }, 50);
    return () => {
      clearTimeout(timer);
      pad.current?.dispose();
      pad.current = null;
    };
  }, []);

  const sign = async () => {
    const p = pad.current;
    onSign(p && !p.isEmpty() ? await p.toFile() : null);
  };
  return (
    <View>
      <View className="label" id="sig-label">
        {tc('sign')}
      </View>
      <Canvas
        type="2d"
        id="sig"
        className={`sig-pad${ready ? ' sig-pad-ready' : ''}`}
        data-testid="sig-pad"
        onTouchStart={(e) => pad.current?.touch('start', e.touches[0]!.x, e.touches[0]!.y)}
        onTouchMove={(e) => pad.current?.touch('move', e.touches[0]!.x, e.touches[0]!.y)}
      />
      <View className="buttons">
        <Button className="btn btn-ghost" onClick={() => pad.current?.clear()}>
          {tc('clear')}
        </Button>
        <Button className="btn btn-primary" onClick={sign} disabled={busy} data-testid="confirm-sign">
          {busy ? tc('sending') : tc('confirmSign')}
        </Button>
      </View>
    </View>
  );
}
