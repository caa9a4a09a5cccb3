import type { TopicGroup } from './types.js';

/**
 * Political parties of the UK, the US and elsewhere, and the ideologies
 * people line up behind. Party names that are also everyday words
 * (`labour`, `conservative`, `greens`) are `cased`; the unambiguous phrases
 * built on them (`labour party`, `vote labour`) are listed beside them.
 */
export const PARTIES: readonly TopicGroup[] = [
  { topic: 'the Labour Party', kind: 'party', clarity: 0.85, cased: true, terms: ['labour', "labour's"] },
  {
    topic: 'the Labour Party', kind: 'party', clarity: 0.92, terms: [
      'labour party', 'labour government', 'labour mp', 'labour mps', 'labour leader', 'labour leadership',
      'labour voters', 'labour councillor', 'labour councillors', 'labour council', 'labour manifesto',
      'labour conference', 'labour frontbench', 'labour members', 'labour left', 'labour right', 'new labour',
      'old labour', 'labourite', 'labourites', 'uk labour', 'uklabour', 'scottish labour', 'welsh labour',
      'starmer s labour', 'corbyn s labour', 'labour cabinet', 'labour minister', 'labour ministers',
      'labour candidate', 'labour peer', 'labour whip', 'labour policy', 'labour policies',
    ],
  },
  {
    topic: 'the Conservative Party', kind: 'party', clarity: 0.7, cased: true, terms: [
      'conservative', 'conservatives',
    ],
  },
  {
    topic: 'the Conservative Party', kind: 'party', clarity: 0.92, terms: [
      'tory', 'tories', 'tory party', 'conservative party', 'conservative government', 'tory government', 'tory mp',
      'tory mps', 'conservative mp', 'conservative mps', 'tory leader', 'tory leadership', 'conservative leader',
      'tory voters', 'tory councillor', 'tory manifesto', 'tory conference', 'conservative conference',
      'tory cabinet', 'tory minister', 'tory ministers', 'tory donors', 'tory brexit',
      'conservative and unionist party', 'torys', 'toryism', 'the conservatives', 'scottish conservatives',
      'welsh conservatives', 'one nation conservatives', 'tory right', 'tory grandee', 'tory grandees',
    ],
  },
  {
    topic: 'the Liberal Democrats', kind: 'party', clarity: 0.9, terms: [
      'lib dem', 'lib dems', 'libdem', 'libdems', 'liberal democrat', 'liberal democrats', 'lib dem mp',
    ],
  },
  { topic: 'the SNP', kind: 'party', clarity: 0.9, terms: ['snp', 'scottish national party', 'snp government'] },
  { topic: 'Plaid Cymru', kind: 'party', clarity: 0.92, terms: ['plaid cymru'] },
  { topic: 'Plaid Cymru', kind: 'party', clarity: 0.7, cased: true, terms: ['plaid'] },
  {
    topic: 'Reform UK', kind: 'party', clarity: 0.92, terms: [
      'reform uk', 'reform party', 'reformuk', 'reform mp', 'reform mps', 'reform voters', 'reform councillors',
    ],
  },
  {
    topic: 'the Green Party', kind: 'party', clarity: 0.9, terms: [
      'green party', 'green mp', 'green councillor', 'scottish greens', 'green party of england and wales',
    ],
  },
  { topic: 'the Green Party', kind: 'party', clarity: 0.6, cased: true, terms: ['greens', 'the greens'] },
  {
    topic: 'the DUP', kind: 'party', clarity: 0.88, terms: [
      'dup', 'democratic unionist party', 'democratic unionists',
    ],
  },
  { topic: 'Sinn Féin', kind: 'party', clarity: 0.92, terms: ['sinn fein', 'sinn féin', 'shinners'] },
  {
    topic: 'Northern Ireland parties', kind: 'party', clarity: 0.85, terms: [
      'sdlp', 'uup', 'ulster unionist party', 'ulster unionists', 'alliance party', 'tuv', 'loyalists',
      'republicans in northern ireland',
    ],
  },
  { topic: 'UKIP', kind: 'party', clarity: 0.92, terms: ['ukip', 'uk independence party'] },
  { topic: 'the Brexit Party', kind: 'party', clarity: 0.92, terms: ['brexit party'] },
  {
    topic: 'the far right', kind: 'party', clarity: 0.85, terms: [
      'bnp', 'britain first', 'edl', 'english defence league', 'national front', 'patriotic alternative', 'far right',
      'far-right', 'alt right', 'alt-right', 'neo nazi', 'neo nazis', 'neonazi',
    ],
  },
  {
    topic: 'the Republican Party', kind: 'party', clarity: 0.85, terms: [
      'republican', 'republicans', 'gop', 'rnc', 'republican party', 'grand old party', 'gop candidates',
      'gop debate', 'republican candidates', 'rinos', 'rino', 'tea party', 'teaparty', 'freedom caucus',
    ],
  },
  {
    topic: 'the Democratic Party', kind: 'party', clarity: 0.85, terms: [
      'democrat', 'democrats', 'dnc', 'democratic party', 'dems', 'dem party', 'democratic candidates',
      'democratic primary', 'dem candidates', 'dem debate', 'democratic socialist', 'democratic socialists',
    ],
  },
  {
    topic: 'politics', kind: 'party', clarity: 0.6, terms: [
      'liberals', 'leftists', 'lefties', 'right wingers', 'left wingers', 'progressives',
    ],
  },
  { topic: 'politics', kind: 'party', clarity: 0.5, cased: true, terms: ['liberal', 'democratic', 'labor'] },
  {
    topic: 'politics', kind: 'party', clarity: 0.7, terms: [
      'left wing', 'right wing', 'centre left', 'centre right', 'center left', 'center right', 'far left',
      'hard left', 'hard right', 'socialist', 'socialists', 'socialism', 'communist', 'communists', 'communism',
      'marxist', 'marxists', 'marxism', 'neoliberal', 'neoliberalism', 'libertarian', 'libertarians', 'capitalism',
      'capitalist', 'capitalists', 'anti capitalist', 'populist', 'populists', 'populism', 'nationalism', 'partisan',
      'bipartisan', 'dempublicans', 'activist', 'activism', 'political activist', 'moderates', 'centrist',
      'centrists',
    ],
  },
  {
    topic: 'politics', kind: 'party', clarity: 0.8, cue: 0.8, terms: [
      'libtard', 'libtards', 'commie', 'commies', 'lefty loonies', 'snowflake liberals', 'red wave', 'blue wave',
      'democrat party', 'demonrats', 'repugs', 'repuglicans', 'republicants',
    ],
  },
];
