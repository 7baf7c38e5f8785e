import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { registerFormats } from './validation';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => registerFormats());
  return children;
}

export default App;
