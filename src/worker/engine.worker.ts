import { expose } from 'comlink';
import { engineApi } from './api';

expose(engineApi);
