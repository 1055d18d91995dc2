import type { DemoPublication } from './demo-types.ts';

/** Publications, one file per language; the files are made when the demo loads. */
export const demoPublications: DemoPublication[] = [
  {
    type: 'publication',
    slug: 'gender-equality-pocket-guide',
    title: 'A pocket guide on gender equality, in four languages',
    excerpt:
      'Ahead of 8 March, a practical handbook with an analysis grid, good practices and testimonies ' +
      'from four continents. Download it in French, Dutch, English or Spanish.',
    publishedAt: '2021-02-06T07:45:00Z',
    author: 'anika',
    countries: [],
    themes: ['gender-equality'],
    fields: { kind: 'Guide', publishers: ['WSM'], organizations: ['inspir Asia'] },
    files: [
      {
        language: 'fr',
        fileName: 'guide-de-poche-egalite-de-genre.pdf',
        title: 'L’égalité de genre : un guide de poche',
        lines: [
          'Une vision partagée, une grille d’analyse,',
          'des bonnes pratiques et des témoignages',
          'de quatre continents.',
        ],
      },
      {
        language: 'nl',
        fileName: 'zakgids-gendergelijkheid.pdf',
        title: 'Gendergelijkheid: een zakgids',
        lines: [
          'Een gedeelde visie, een analyserooster,',
          'goede praktijken en getuigenissen',
          'van vier continenten.',
        ],
      },
      {
        language: 'en',
        fileName: 'gender-equality-pocket-guide.pdf',
        title: 'Gender equality: a pocket guide',
        lines: [
          'A shared vision, an analysis grid,',
          'good practices and testimonies',
          'from four continents.',
        ],
      },
      {
        language: 'es',
        fileName: 'guia-de-bolsillo-igualdad-de-genero.pdf',
        title: 'Igualdad de género: una guía de bolsillo',
        lines: [
          'Una visión compartida, una tabla de análisis,',
          'buenas prácticas y testimonios',
          'de cuatro continentes.',
        ],
      },
    ],
    html: `<p>Almost every organisation in our network says it stands for equality between women and men. Far fewer can say what that means for who leads their board, who speaks at their rallies, or whose problems reach the bargaining table. A new pocket guide, produced with our partner movement in Belgium, WSM, and released ahead of International Women’s Day on 8 March, sets out to close that gap.</p>
<h2>What is in the guide</h2>
<ul>
<li><strong>A shared vision</strong>: what gender equality means in practice, as equal rights and equal opportunities, and why development that leaves women behind does not last.</li>
<li><strong>An analysis grid</strong>: questions an organisation can ask about itself, its programmes and its networks, from membership figures to the timing of meetings.</li>
<li><strong>Good practices</strong>: examples from partners in Asia, Africa, Latin America and Belgium, with lessons learned and a list of do’s and don’ts.</li>
<li><strong>Testimonies</strong>: women and men from member organisations describe what changed when they took equality seriously.</li>
</ul>
<p>The guide mixes theory and practice and is deliberately short. It does not claim to cover everything. It is meant to start a conversation inside organisations, and to help them choose concrete steps they will actually take.</p>
<p>Each language has its own file, below. Member organisations that would like to translate the guide into a national language, or to use it in a training session, can write to <a href="mailto:editors@example.org">editors@example.org</a>.</p>`,
  },
];
