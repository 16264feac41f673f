import { render } from 'preact';
import { Options } from './Options';
import '@/components/extension-page.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
